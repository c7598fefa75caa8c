package dz.sanad.access;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** After login, a language switch (?lang=) is also saved as the account's preference. */
@Configuration(proxyBeanMethods = false)
class LanguagePreferenceInterceptor implements WebMvcConfigurer {

	private final AccountService accounts;

	LanguagePreferenceInterceptor(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String lang = request.getParameter("lang");
				if (lang != null && Languages.parse(lang) != null) {
					CurrentUser.find().ifPresent(u -> accounts.setLocale(u.getUsername(), Languages.parse(lang).getLanguage()));
				}
				return true;
			}
		});
	}
}
