package dev.actionloop.engine.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actionloop.engine.Party;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parties as modelled (docs/rules.md), read like the validator reads them. */
class PartySpecTest {

  @Test
  void parties_resolve_users_groups_and_expressions() {
    PartySpec spec = PartySpec.parse("user:ann, group:it-desk, ${initiator}, ${reviewers}");

    Party party =
        spec.resolve(Map.of("initiator", "carol", "reviewers", List.of("group:audit", "dave")));

    assertThat(party.users()).containsExactlyInAnyOrder("ann", "carol", "dave");
    assertThat(party.groups()).containsExactlyInAnyOrder("it-desk", "audit");
  }

  @Test
  void a_bad_party_entry_is_refused() {
    assertThatThrownBy(() -> PartySpec.parse("ann")).hasMessageContaining("'ann'");
    assertThatThrownBy(() -> PartySpec.parse("user:ann,,group:x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartySpec.parse("${bean.call()}")).hasMessageContaining("method");
  }

  @Test
  void a_comma_inside_an_expressions_string_does_not_split_it() {
    PartySpec spec = PartySpec.parse("${region == '}, x' ? 'ann' : 'bob'}, user:carol");

    assertThat(spec.expressions()).containsExactly("${region == '}, x' ? 'ann' : 'bob'}");
    assertThat(spec.users()).containsExactly("carol");
  }
}
