package org.sanshe.core.satisfaction.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.core.satisfaction.SatisfactionFixtures.key;
import static org.sanshe.core.satisfaction.SatisfactionFixtures.worker;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The outbox id of a response key: 64 hex digits, stable, different for every key. */
class ResponseKeyIdTest {

  @Test
  void the_id_is_stable_and_tells_every_component_apart() {
    ResponseKey k = key(1, worker("wang"));
    assertThat(k.id()).matches("[0-9a-f]{64}").isEqualTo(key(1, worker("wang")).id());
    Set<String> ids = new HashSet<>();
    for (int respondent = 0; respondent < 20; respondent++) {
      for (String subject : new String[] {"wang", "li", "wa", "ngli"}) {
        ResponseKey base = key(respondent, worker(subject));
        ids.add(base.id());
        ids.add(new ResponseKey(base.respondent(), base.subject(), Period.parse("2025")).id());
        ids.add(
            new ResponseKey(
                    base.respondent(),
                    SubjectId.of(SubjectKind.ORGANIZATION, subject),
                    base.period())
                .id());
      }
    }
    assertThat(ids).hasSize(20 * 4 * 3);
    assertThat(k.id()).doesNotContain(k.respondent().hex());
  }
}
