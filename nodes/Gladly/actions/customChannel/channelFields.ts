/** Fields shared by the Custom Channel operations. */
import { idField } from '../../fields';

export const customChannelField = idField(
	'customChannelId',
	'Custom Channel ID',
	"In Gladly: Settings › Custom Channels, the entry point's menu › View Integration Data. Custom Channels are off until Gladly Support turns them on.",
);

/** Path of the custom channel's messages (below /api/v1). */
export const messagesPath = (channelPath: string) =>
	`/communications/custom-channels/${channelPath}/messages`;
