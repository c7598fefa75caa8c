/** PDF rendering shared by all modules: Thymeleaf XHTML templates to PDF with Arabic shaping (openhtmltopdf). */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dz.sanad.documents;
