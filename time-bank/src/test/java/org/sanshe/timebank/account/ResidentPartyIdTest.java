package org.sanshe.timebank.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.identifier.PersonalDataHasher;

class ResidentPartyIdTest {

  private static final PersonalDataHasher HASHER =
      PersonalDataHasher.withKey("district-320114-secret-key".getBytes(StandardCharsets.UTF_8));

  @Test
  void a_resident_key_gives_one_party_id_that_never_shows_the_key() {
    HashedIdentity wang = HASHER.hash("portal-user", "u-10086");
    PartyId id = PartyId.ofResident(wang);
    assertThat(id).isEqualTo(PartyId.ofResident(HASHER.hash("portal-user", "u-10086")));
    assertThat(id.value()).hasSize(64).isEqualTo(wang.hex()).doesNotContain("10086");
    assertThat(id).isNotEqualTo(PartyId.ofResident(HASHER.hash("portal-user", "u-10087")));
    assertThatThrownBy(() -> PartyId.ofResident(null)).hasMessage("resident");
  }
}
