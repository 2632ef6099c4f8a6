package org.sanshe.timebank.team;

import org.sanshe.core.error.Wording;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/**
 * A community's targets for volunteer teams: how many teams, and how many volunteers on the rota.
 * Local figures, so configuration. Immutable.
 *
 * @param teams the target number of active teams, 1 to 10,000
 * @param volunteersOnRota the target number of distinct volunteers on the community's rotas, 1 to
 *     1,000,000
 */
public record CoverageTargets(int teams, int volunteersOnRota) {

  /**
   * Checks the ranges.
   *
   * @throws TimeBankException {@code TIMEBANK_POLICY_INVALID} naming the rule
   */
  public CoverageTargets {
    if (teams < 1 || teams > 10_000 || volunteersOnRota < 1 || volunteersOnRota > 1_000_000) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_POLICY_INVALID,
          Wording.of(
              "targets of 1 to 10,000 teams and 1 to 1,000,000 volunteers",
              "目标须为 1 至 10,000 支服务队、1 至 1,000,000 名志愿者"));
    }
  }

  /**
   * Xincheng town (Xiuzhou district, Jiaxing)'s figures, as the field report on Xincheng describes
   * them: "about ten volunteer teams and a standing rota of some 200 volunteers" in every community
   * (issue 17 and the project's domain notes). A preset for illustration and comparison; other
   * places set their own.
   *
   * @return 10 teams, 200 volunteers on the rota
   */
  public static CoverageTargets xincheng() {
    return new CoverageTargets(10, 200);
  }
}
