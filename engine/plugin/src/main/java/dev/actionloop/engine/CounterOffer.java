package dev.actionloop.engine;

import java.time.Instant;
import java.util.List;

/**
 * What a performer proposes instead of the request: a new due date and/or new conditions.
 *
 * @param due proposed due date, {@code null} to keep the request's
 * @param conditions proposed conditions, {@code null} to keep the current ones
 * @param comment why
 */
public record CounterOffer(Instant due, List<Condition> conditions, String comment) {}
