package dz.sanad.people.web;

import dz.sanad.people.imports.ImportJob;
import dz.sanad.people.imports.ImportStatus;
import dz.sanad.people.imports.PeopleImports;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/** HR imports: upload, preview with row errors, commit, and the kept reports. */
@Controller
@RequestMapping("/people/imports")
class ImportController {

	private final PeopleImports imports;

	private final dz.sanad.platform.Xlsx xlsx;

	private final Pages pages;

	ImportController(PeopleImports imports, dz.sanad.platform.Xlsx xlsx, Pages pages) {
		this.pages = pages;
		this.imports = imports;
		this.xlsx = xlsx;
	}

	@GetMapping
	String list(@RequestParam(required = false) ImportStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		model.addAttribute("page", imports.list(status, Paging.of(page, size, Sort.unsorted())));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ImportStatus.values());
		return "people/imports";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) ImportStatus status, HttpServletResponse response) {
		List<ImportJob> all = imports.list(status, Paging.of(0, Paging.MAX_SIZE, Sort.unsorted())).getContent();
		xlsx.export(response, "imports", List.<dz.sanad.platform.Xlsx.Column<ImportJob>>of(
				dz.sanad.platform.Xlsx.col("import.id", ImportJob::id),
				dz.sanad.platform.Xlsx.col("import.file", ImportJob::fileName),
				dz.sanad.platform.Xlsx.col("import.status", j -> j.status()),
				dz.sanad.platform.Xlsx.col("import.memberRows", ImportJob::memberRows),
				dz.sanad.platform.Xlsx.col("import.familyRows", ImportJob::familyRows),
				dz.sanad.platform.Xlsx.col("import.errorRows", ImportJob::errorRows),
				dz.sanad.platform.Xlsx.col("import.createdBy", ImportJob::createdBy),
				dz.sanad.platform.Xlsx.col("import.createdAt", j -> j.createdAt().atZone(dz.sanad.platform.Formats.ZONE).toLocalDateTime())),
				all.stream(), String.valueOf(status));
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, RedirectAttributes flash) throws IOException {
		if (file == null || file.isEmpty()) {
			pages.refuse(flash, "import.error.empty");
			return "redirect:/people/imports";
		}
		try (InputStream in = file.getInputStream()) {
			ImportJob job = imports.upload(CurrentUser.get(), file.getOriginalFilename(), file.getSize(), in);
			return "redirect:/people/imports/" + job.id();
		}
	}

	@GetMapping("/{id}")
	String view(@PathVariable long id, Model model) {
		model.addAttribute("job", imports.get(id));
		model.addAttribute("errors", imports.errors(id, 200));
		return "people/import";
	}

	/** The progress block, polled by htmx while the job runs. */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable long id, Model model, HttpServletResponse response) {
		ImportJob job = imports.get(id);
		if (!job.status().running()) {
			response.setHeader("HX-Refresh", "true"); // finished: reload the whole page with its error list
		}
		model.addAttribute("job", job);
		return "people/import :: progress";
	}

	@PostMapping("/{id}/commit")
	String commit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean acknowledgeIgnored,
			RedirectAttributes flash) {
		return pages.run(flash, "/people/imports/" + id, null,
				() -> imports.commit(CurrentUser.get(), id, acknowledgeIgnored));
	}

	@GetMapping("/{id}/errors.xlsx")
	void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=import-" + id + "-errors.xlsx");
		imports.errorsXlsx(id, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	@GetMapping("/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=sanad-people-template-" + LocalDate.now() + ".xlsx");
		imports.template(LocaleContextHolder.getLocale(), response.getOutputStream());
	}
}
