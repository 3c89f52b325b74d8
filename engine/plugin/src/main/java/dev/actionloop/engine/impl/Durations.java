package dev.actionloop.engine.impl;

import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;

/** ISO-8601 durations as the model writes them (weeks included, which XML durations lack). */
final class Durations {
  private static final Pattern WEEKS = Pattern.compile("(\\d+)W");
  private static final Pattern DAYS = Pattern.compile("(\\d+)D");

  private Durations() {}

  /** {@code start + duration}, in epoch milliseconds. */
  static long addTo(long startMs, String iso) {
    String text = iso.trim();
    int t = text.indexOf('T');
    String datePart = t < 0 ? text : text.substring(0, t);
    String timePart = t < 0 ? "" : text.substring(t);
    Matcher weeks = WEEKS.matcher(datePart);
    if (weeks.find()) {
      long days = Long.parseLong(weeks.group(1)) * 7;
      datePart = weeks.replaceFirst("");
      Matcher d = DAYS.matcher(datePart);
      if (d.find()) {
        days += Long.parseLong(d.group(1));
        datePart = d.replaceFirst("");
      }
      datePart = datePart + days + "D";
    }
    try {
      Duration duration = DatatypeFactory.newInstance().newDuration(datePart + timePart);
      Date date = new Date(startMs);
      duration.addTo(date);
      return date.getTime();
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
