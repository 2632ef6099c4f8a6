package org.sanshe.deliberation.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.identifier.PersonalDataHasher;

class ResidentVoterIdTest {

  @Test
  void a_resident_key_gives_one_voter_id_the_text_of_the_hash() {
    PersonalDataHasher hasher =
        PersonalDataHasher.withKey("district-320114-secret-key".getBytes(StandardCharsets.UTF_8));
    HashedIdentity owner = hasher.hash("portal-user", "u-10086");
    assertThat(VoterId.ofResident(owner).value()).isEqualTo(owner.hex());
    assertThat(VoterId.ofResident(owner)).isEqualTo(VoterId.of(owner.hex()));
    assertThatThrownBy(() -> VoterId.ofResident(null)).hasMessage("resident");
  }
}
