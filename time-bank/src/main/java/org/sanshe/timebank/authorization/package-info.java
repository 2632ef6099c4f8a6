/** Authorization: every command names who acts; roles come from a port. */
package org.sanshe.timebank.authorization;
