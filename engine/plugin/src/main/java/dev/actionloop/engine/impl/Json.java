package dev.actionloop.engine.impl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.actionloop.engine.Condition;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JSON of the few structures kept in our columns: conditions and verdicts. */
final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  private static final TypeReference<List<Condition>> CONDITIONS = new TypeReference<>() {};
  private static final TypeReference<TreeMap<String, Boolean>> VERDICTS = new TypeReference<>() {};

  private Json() {}

  static String conditions(List<Condition> conditions) {
    return conditions == null ? null : write(conditions);
  }

  static List<Condition> conditions(String json) {
    return json == null ? null : read(json, CONDITIONS);
  }

  /** Verdicts sorted by condition id, so the same verdicts always give the same text. */
  static String verdicts(Map<String, Boolean> verdicts) {
    return verdicts == null ? null : write(new TreeMap<>(verdicts));
  }

  static Map<String, Boolean> verdicts(String json) {
    return json == null ? null : read(json, VERDICTS);
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable loop column: " + json, e);
    }
  }
}
