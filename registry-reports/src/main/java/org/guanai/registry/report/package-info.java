/**
 * The quarterly attachments 3–7 (Excel workbooks) and the printable guardianship documents
 * (attachments 1–2). The only module that may use Apache POI; it reads the registry through
 * registry-core's services and knows nothing of HTTP.
 */
package org.guanai.registry.report;
