package dev.actionloop.engine;

/**
 * The last link of one instance's act chain. Kept outside the database (printed in an audit report,
 * sent elsewhere), it lets an auditor detect a rewritten or truncated chain later.
 *
 * @param processInstanceId the instance
 * @param sequence the sequence of its last act
 * @param hash the hash of its last act
 */
public record ChainHead(String processInstanceId, long sequence, String hash) {}
