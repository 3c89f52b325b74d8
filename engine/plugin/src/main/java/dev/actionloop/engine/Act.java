package dev.actionloop.engine;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the append-only act log. Chained per process instance: {@code hash} covers every
 * other field and {@code previousHash}.
 */
public record Act(
    long sequence,
    String processInstanceId,
    String activityId,
    String taskId,
    int round,
    ActType type,
    String actor,
    Instant time,
    Map<String, Boolean> verdicts,
    String comment,
    String modelHash,
    String previousHash,
    String hash) {}
