package dev.actionloop.engine;

/**
 * One condition of satisfaction as pinned on a loop.
 *
 * @param id unique within the task
 * @param text what the customer expects, in their words
 * @param required whether accept needs it confirmed
 * @param check optional machine check expression, {@code null} when none
 */
public record Condition(String id, String text, boolean required, String check) {}
