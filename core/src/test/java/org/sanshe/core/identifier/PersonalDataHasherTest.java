package org.sanshe.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;

class PersonalDataHasherTest {

  private static final byte[] KEY =
      "a district's secret key 0123456789".getBytes(StandardCharsets.UTF_8);
  private static final ResidentIdNumber SPECIMEN = ResidentIdNumber.parse("11010519491231002X");

  @Test
  void the_same_number_and_key_give_the_same_hash_and_another_key_another() {
    HashedIdentity a = PersonalDataHasher.withKey(KEY).hash(SPECIMEN);
    HashedIdentity b = PersonalDataHasher.withKey(KEY.clone()).hash(SPECIMEN);
    HashedIdentity other =
        PersonalDataHasher.withKey(
                "another district's key 987654321".getBytes(StandardCharsets.UTF_8))
            .hash(SPECIMEN);
    assertThat(a).isEqualTo(b);
    assertThat(PersonalDataHasher.sameIdentity(a, b)).isTrue();
    assertThat(a).isNotEqualTo(other);
    assertThat(a.hex()).hasSize(64).doesNotContain("110105");
  }

  @Test
  void namespaces_separate_equal_strings_of_different_kinds() {
    PersonalDataHasher hasher = PersonalDataHasher.withKey(KEY);
    assertThat(hasher.hash("phone", "13800000000"))
        .isNotEqualTo(hasher.hash("member", "13800000000"));
  }

  @Test
  void the_key_must_be_long_enough_and_is_never_shown() {
    assertThatThrownBy(() -> PersonalDataHasher.withKey(new byte[15]))
        .isInstanceOfSatisfying(
            SansheException.class, e -> assertThat(e.code()).isEqualTo("HASH_KEY_TOO_SHORT"));
    assertThat(PersonalDataHasher.withKey(KEY).toString()).doesNotContain("secret");
  }

  @Test
  void a_hashed_identity_must_be_64_lower_case_hex_digits() {
    assertThatThrownBy(() -> new HashedIdentity("ABC"))
        .isInstanceOf(InvalidIdentifierException.class);
    assertThatThrownBy(() -> new HashedIdentity("G".repeat(64)))
        .isInstanceOf(InvalidIdentifierException.class);
  }
}
