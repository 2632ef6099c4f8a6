/** Patrol rotas (排班表): weekly shifts per team, swaps and absences, never overlapping per member. */
package org.sanshe.timebank.rota;
