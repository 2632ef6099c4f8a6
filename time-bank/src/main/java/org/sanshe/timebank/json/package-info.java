/** Jackson support for the time bank's values; nothing else in the module imports Jackson. */
package org.sanshe.timebank.json;
