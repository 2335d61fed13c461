package io.github.bpokit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Problem;
import io.github.bpokit.core.model.ValidationException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvalidInteractionTest {
  private static final InvalidInteractionGenerator ALL = Generators.invalidInteractions();

  @Test
  void everyInvalidInteractionFailsWithExactlyItsProblem() {
    for (InvalidInteractionGenerator gen : List.of(ALL,
        ALL.from(Generators.interactions().edgeCases()),
        ALL.from(Generators.interactions().hostileText().channels(Channel.WHATSAPP)))) {
      for (InvalidInteraction bad : gen.sample(17, 1_000)) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> bad.builder().build());
        assertThat(e).as("%s", bad).isNotNull();
        assertThat(e.problems()).as("%s", bad).containsExactly(bad.problem());
        assertThat(e).hasMessage(bad.expectedMessage());
        assertThat(Interaction.builder().from(bad.valid()).build()).isEqualTo(bad.valid());
      }
    }
  }

  @Test
  void coversEveryRuleAndEveryFieldItConcerns() {
    List<InvalidInteraction> sample = ALL.sample(3, 2_000);
    Set<InteractionRule> rules = EnumSet.noneOf(InteractionRule.class);
    Set<String> fields = new HashSet<>();
    for (InvalidInteraction bad : sample) {
      rules.add(bad.rule());
      fields.add(bad.rule() + " " + bad.problem().field());
    }
    assertThat(rules).containsExactlyInAnyOrder(InteractionRule.values());
    assertThat(fields).contains("MISSING_REQUIRED_FIELD interaction_id", "MISSING_REQUIRED_FIELD customer_id",
        "MISSING_REQUIRED_FIELD channel", "MISSING_REQUIRED_FIELD category", "MISSING_REQUIRED_FIELD created_at",
        "MISSING_REQUIRED_FIELD outcome", "BLANK_TEXT interaction_id", "BLANK_TEXT ticket_id", "BLANK_TEXT agent_id",
        "NEGATIVE_DURATION wait_seconds", "NEGATIVE_DURATION wrap_seconds", "SCORE_OUT_OF_RANGE csat",
        "SCORE_OUT_OF_RANGE nps", "SCORE_OUT_OF_RANGE ces", "SCORE_OUT_OF_RANGE qa_partner",
        "SCORE_OUT_OF_RANGE qa_client", "HANDLE_TIME_OVERFLOW talk_seconds", "HANDLE_TIME_OVERFLOW hold_seconds",
        "HANDLE_TIME_OVERFLOW wrap_seconds");
  }

  @Test
  void theCsvFormIsTheSameFieldSetExceptForBlankText() {
    for (InvalidInteraction bad : ALL.sample(5, 1_000)) {
      assertThat(bad.csvCells().isPresent()).as("%s", bad).isEqualTo(bad.rule() != InteractionRule.BLANK_TEXT);
      bad.csvCells().ifPresent(cells -> {
        assertThat(cells.keySet()).containsExactlyElementsOf(InteractionCsv.COLUMNS);
        Problem problem = bad.problem();
        // the reported value is the cell as written (a missing field's cell is empty)
        if (!problem.field().equals("handled_by")) {
          assertThat(cells.get(problem.field())).as("%s", bad).isEqualTo(problem.value());
        }
      });
    }
  }

  @Test
  void rulesCanBeChosenAndTheSameSeedGivesTheSameValues() {
    InvalidInteractionGenerator scores = ALL.rules(InteractionRule.SCORE_OUT_OF_RANGE);
    assertThat(scores.sample(1, 200)).extracting(InvalidInteraction::rule)
        .containsOnly(InteractionRule.SCORE_OUT_OF_RANGE);
    assertThat(ALL.sample(8, 100)).extracting(InvalidInteraction::toString)
        .isEqualTo(ALL.sample(8, 100).stream().map(InvalidInteraction::toString).toList());
    assertThat(ALL.next((min, max) -> min).rule()).isEqualTo(InteractionRule.MISSING_REQUIRED_FIELD);
    assertThat(ALL.next((min, max) -> min).expectedMessage())
        .isEqualTo("interaction (no interaction_id): interaction_id '': missing required field");
    assertThatThrownBy(() -> ALL.rules()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rules must name at least one InteractionRule");
  }
}
