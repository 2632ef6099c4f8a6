/**
 * Care pairing (结对帮扶): volunteers or teams paired with residents in need, who appear only as hashed
 * identities; visits recorded as service.
 */
package org.sanshe.timebank.care;
