/** Time credit: exact minutes of service, the unit of the time bank. */
package org.sanshe.timebank.credit;
