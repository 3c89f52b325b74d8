package dev.actionloop.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionloop.model.PartyEntry.Kind;
import org.junit.jupiter.api.Test;

class PartiesTest {

  @Test
  void splitsOnCommasOutsideExpressions() {
    assertThat(Parties.split(" user:ann , ${a == 'x,y'},group:ops,, #{b}"))
        .containsExactly("user:ann", "${a == 'x,y'}", "group:ops", "", "#{b}");
  }

  @Test
  void parsesWellFormedEntriesAndSkipsTheRest() {
    assertThat(Parties.entries("user:ann.lee@corp, group:it-desk, ${initiator}, team:x, user:"))
        .containsExactly(
            new PartyEntry(Kind.USER, "ann.lee@corp"),
            new PartyEntry(Kind.GROUP, "it-desk"),
            new PartyEntry(Kind.EXPRESSION, "${initiator}"));
    assertThat(Parties.entries(null)).isEmpty();
  }

  @Test
  void refusesMalformedIds() {
    assertThat(Parties.parseEntry("user:-ann")).isEmpty();
    assertThat(Parties.parseEntry("group:it desk")).isEmpty();
    assertThat(Parties.parseEntry("${unclosed")).isEmpty();
  }

  @Test
  void entryPrintsAsWritten() {
    assertThat(new PartyEntry(Kind.GROUP, "ops")).hasToString("group:ops");
    assertThat(new PartyEntry(Kind.EXPRESSION, "${x}")).hasToString("${x}");
  }
}
