/** Community deliberation (社区议事协商): matters, consultations, votes and participatory budgets. */
package org.sanshe.deliberation;
