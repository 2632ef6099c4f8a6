package org.sanshe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void the_main_example_runs_without_failures_and_never_prints_a_whole_resident_number() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int failures = Main.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(failures).isZero();
    assertThat(out).contains("USCC_CHECK_CHARACTER").contains("STREET").contains("TOWN");
    assertThat(out).doesNotContain("32011419500101001");
  }
}
