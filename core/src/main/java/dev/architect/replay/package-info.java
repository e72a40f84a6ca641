/**
 * Record the model exchanges of a consultation to a cassette ({@link dev.architect.replay.RecordingChatModel}) and
 * play them back offline and exactly ({@link dev.architect.replay.ReplayChatModel}), or answer every stage from a dossier
 * you already have ({@link dev.architect.replay.DossierChatModel}).
 */
package dev.architect.replay;
