package dev.actionloop.engine;

import java.util.List;

/** Read access to the act log, for auditors. */
public interface AuditService {

  /** Every act of an instance, in order. */
  List<Act> transcript(String processInstanceId);

  /** Recomputes the hash chain of an instance and reports the first broken link. */
  ChainVerification verify(String processInstanceId);
}
