package dz.sanad.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The inbox of the signed-in user (page, xlsx and API); each person reads only their own notifications. */
@Controller
class NotificationController {

	private final Notifications notifications;

	private final Xlsx xlsx;

	private final Formats fmt;

	private final MessageSource messages;

	NotificationController(Notifications notifications, Xlsx xlsx, Formats fmt, MessageSource messages) {
		this.notifications = notifications;
		this.xlsx = xlsx;
		this.fmt = fmt;
		this.messages = messages;
	}

	@Bean
	static HttpRules notificationRules() {
		return rules -> rules
			.requestMatchers(HttpMethod.GET, "/notifications", "/notifications/export", "/notifications/*",
					"/api/notifications")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/notifications/read-all", "/api/notifications/*/read",
					"/api/notifications/read-all")
			.authenticated();
	}

	@GetMapping("/notifications")
	String inbox(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("page", notifications.page(CurrentUser.get(), unread, Paging.of(page, null, Sort.unsorted()),
				LocaleContextHolder.getLocale()));
		return "notifications";
	}

	@GetMapping("/notifications/export")
	void export(@RequestParam(defaultValue = "false") boolean unread, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		Page<Notifications.Notification> all = notifications.page(CurrentUser.get(), unread,
				PageRequest.of(0, 10_000), locale);
		xlsx.export(response, "notifications", List.of(
				Xlsx.col("notifications.at", n -> fmt.dateTime(n.createdAt())),
				Xlsx.col("notifications.text", Notifications.Notification::text),
				Xlsx.col("notifications.state", n -> messages.getMessage(
						n.unread() ? "notifications.state.unread" : "notifications.state.read", null, locale))),
				all.getContent().stream(), "unread=" + unread);
	}

	/** Opening a notification marks it read and goes where it points. */
	@GetMapping("/notifications/{id:\\d+}")
	String open(@PathVariable Long id) {
		String link = notifications.open(CurrentUser.get(), id);
		return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll() {
		notifications.readAll(CurrentUser.get());
		return "redirect:/notifications";
	}

	@GetMapping("/api/notifications")
	@ResponseBody
	Map<String, Object> api(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) Integer page) {
		SanadUser user = CurrentUser.get();
		Page<Notifications.Notification> p = notifications.page(user, unread, Paging.of(page, null, Sort.unsorted()),
				LocaleContextHolder.getLocale());
		return Map.of("unread", notifications.unread(user), "content", p.getContent(), "totalElements",
				p.getTotalElements(), "number", p.getNumber());
	}

	@PostMapping("/api/notifications/{id:\\d+}/read")
	@ResponseBody
	Map<String, Object> read(@PathVariable Long id) {
		return Map.of("link", notifications.open(CurrentUser.get(), id));
	}

	@PostMapping("/api/notifications/read-all")
	@ResponseBody
	Map<String, Object> readAllApi() {
		return Map.of("read", notifications.readAll(CurrentUser.get()));
	}
}
