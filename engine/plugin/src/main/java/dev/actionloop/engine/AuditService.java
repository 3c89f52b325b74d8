package dev.actionloop.engine;

import java.util.List;

/** Read access to the act log, for auditors. */
public interface AuditService {

  /** Every act of an instance, in order. */
  List<Act> transcript(String processInstanceId);

  /**
   * The head of an instance's chain, to anchor outside the database; {@code null} when the instance
   * has no acts.
   */
  ChainHead chainHead(String processInstanceId);

  /** Recomputes the hash chain of an instance and reports the first broken link. */
  ChainVerification verify(String processInstanceId);
}
