/**
 * Record the model exchanges of a consultation to a cassette ({@link dev.architect.replay.RecordingChatModel}) and
 * play them back offline and exactly ({@link dev.architect.replay.ReplayChatModel}).
 */
package dev.architect.replay;
