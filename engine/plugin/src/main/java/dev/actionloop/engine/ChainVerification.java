package dev.actionloop.engine;

/**
 * The result of checking one instance's act chain.
 *
 * @param processInstanceId the instance checked
 * @param actsChecked how many acts were read
 * @param firstBrokenSequence the sequence of the first act whose link or hash does not hold, or
 *     {@code null} when the chain is intact
 * @param problem what is wrong with that act, {@code null} when intact
 */
public record ChainVerification(
    String processInstanceId, int actsChecked, Long firstBrokenSequence, String problem) {
  public boolean intact() {
    return firstBrokenSequence == null;
  }
}
