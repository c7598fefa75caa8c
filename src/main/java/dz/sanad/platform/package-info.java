/**
 * Shared infrastructure every module may use: the embedded database, locale and formats, page layout support,
 * spreadsheet export, error pages, demo-mode switch. Holds no business data.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dz.sanad.platform;
