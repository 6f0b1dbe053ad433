import { recordingSwitch } from './callRecorder';

export const resumeRecording = recordingSwitch('resumeRecording', true);
