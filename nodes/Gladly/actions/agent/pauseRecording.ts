import { recordingSwitch } from './callRecorder';

export const pauseRecording = recordingSwitch('pauseRecording', false);
