package dz.sanad.platform;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every route of the application (from Spring's handler mapping), as a role the route lets in, with a catalogue
 * of malformed values: NUL bytes, overflowing numbers, text in numbers, empty, missing and malformed bodies, missing
 * files, out-of-range pages. None may answer 5xx. Unsafe methods are sent to an id that does not exist, so that an
 * input the route happens to accept changes no demo data the other tests rely on.
 */
@IntegrationTest
class MalformedRequestsTest {

	static final String NUL = "a\u0000b";

	static final String INT_OVERFLOW = "2147483648";

	static final String LONG_OVERFLOW = "99999999999999999999";

	/** Fits an int and a long, and no demo table has that many rows. */
	static final String ABSENT_ID = "2000000000";

	static final Set<Class<?>> FRAMEWORK = Set.of(Model.class, RedirectAttributes.class, Errors.class, Principal.class,
			Locale.class, jakarta.servlet.http.HttpServletRequest.class, jakarta.servlet.http.HttpServletResponse.class,
			jakarta.servlet.http.HttpSession.class, org.springframework.security.core.Authentication.class);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	/** A route: one pattern and one method, with what its handler reads. */
	record Route(String pattern, HttpMethod method, Map<String, Class<?>> params, Class<?> body, List<String> files,
			Map<String, String> fixedParams, boolean readsAnyParam) {

		String path(String value) {
			return pattern.replaceAll("\\{\\*?[^}/]+}", value).replace("/**", "/x");
		}

		boolean unsafe() {
			return method != HttpMethod.GET && method != HttpMethod.HEAD;
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	record Case(String name, Supplier<AbstractMockHttpServletRequestBuilder<?>> request) {
	}

	@Test
	void noRouteAnswers5xxToMalformedInput() throws Exception {
		List<Route> routes = routes();
		assertThat(routes).hasSizeGreaterThan(100);
		// a handler reading a Map of parameters gets every name the application declares, plus its forms' row keys
		Set<String> names = new java.util.TreeSet<>(List.of("m_1_x", "m_abc_x", "m_1", "pre_abc", "post_abc", "q_x", "c_x"));
		routes.forEach(r -> names.addAll(r.params().keySet()));
		List<String> failures = new ArrayList<>();
		Map<String, Integer> byClass = new TreeMap<>();
		int sent = 0;
		for (Route route : routes) {
			List<Case> cases = cases(route, names);
			String user = userFor(route, cases.get(0));
			for (Case c : cases) {
				sent++;
				String outcome = send(c, user);
				if (outcome != null) {
					failures.add(route + " [" + c.name() + "] as " + user + " -> " + outcome);
					byClass.merge(outcome.replaceAll(" .*", ""), 1, Integer::sum);
				}
			}
		}
		assertThat(failures).as("%d of %d malformed requests answered 5xx; by cause %s:%n%s", failures.size(), sent,
				byClass, String.join("\n", failures)).isEmpty();
	}

	/** The first demo account the route does not refuse (401/403) for its first case; admin first. */
	private String userFor(Route route, Case probe) {
		for (String user : DemoUsers.ALL) {
			try {
				int status = perform(probe, user).getResponse().getStatus();
				if (status != 401 && status != 403) {
					return user;
				}
			}
			catch (Exception e) {
				return user;
			}
		}
		return "admin";
	}

	/** Null when the answer is below 500, else the status or exception that came out. */
	private String send(Case c, String user) {
		try {
			MvcResult result = perform(c, user);
			int status = result.getResponse().getStatus();
			if (status < 500) {
				return null;
			}
			Exception e = result.getResolvedException();
			return status + (e == null ? "" : " " + e.getClass().getSimpleName() + ": " + first(e.getMessage()));
		}
		catch (Exception e) {
			Throwable root = e;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			return root.getClass().getSimpleName() + " " + first(root.getMessage());
		}
	}

	private MvcResult perform(Case c, String user) throws Exception {
		return mvc.perform(c.request().get().with(DemoUsers.as(users, user)).with(csrf())).andReturn();
	}

	private static String first(String message) {
		if (message == null) {
			return "";
		}
		String line = message.lines().findFirst().orElse("");
		return line.length() > 160 ? line.substring(0, 160) : line;
	}

	private List<Case> cases(Route r, Set<String> allNames) {
		String id = r.unsafe() ? ABSENT_ID : "1";
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("plain", () -> base(r, r.path(id))));
		if (r.pattern().contains("{")) {
			for (String v : List.of("abc", INT_OVERFLOW, LONG_OVERFLOW, "-1", "%00")) {
				cases.add(new Case("path=" + printable(v), () -> base(r, r.path(v))));
			}
		}
		r.params().forEach((name, type) -> {
			List<String> values = new ArrayList<>(List.of(NUL, LONG_OVERFLOW, ""));
			if (type != String.class) {
				values.addAll(List.of("abc", INT_OVERFLOW));
			}
			if (name.equals("page") || name.equals("size")) {
				values.addAll(List.of("-1", "2147483647"));
			}
			for (String v : values) {
				cases.add(new Case(name + "=" + printable(v), () -> base(r, r.path(id)).param(name, v)));
			}
		});
		if (r.readsAnyParam()) {
			for (String v : List.of("abc", LONG_OVERFLOW, "-1")) {
				cases.add(new Case("every parameter=" + v, () -> {
					MockHttpServletRequestBuilder b = base(r, r.path(id));
					// the route's own parameters plausible, so that the handler gets as far as reading the rest
					allNames.forEach(n -> b.param(n, r.params().containsKey(n) ? plausible(r.params().get(n), id) : v));
					return b;
				}));
			}
		}
		if (r.body() != null) {
			String nulJson = nulJson(r.body());
			for (String body : List.of("", "{}", "{", "[]", "null", nulJson)) {
				cases.add(new Case("body=" + printable(body),
						() -> base(r, r.path(id)).contentType(MediaType.APPLICATION_JSON).content(body)));
			}
			cases.add(new Case("body as text", () -> base(r, r.path(id)).contentType(MediaType.TEXT_PLAIN).content("x")));
		}
		if (!r.files().isEmpty()) {
			cases.add(new Case("multipart without file", () -> {
				MockMultipartHttpServletRequestBuilder b = multipart(HttpMethod.valueOf(r.method().name()), r.path(id));
				r.fixedParams().forEach(b::param);
				return b;
			}));
			cases.add(new Case("empty file", () -> {
				MockMultipartHttpServletRequestBuilder b = multipart(HttpMethod.valueOf(r.method().name()), r.path(id));
				r.files().forEach(f -> b.file(f, new byte[0]));
				r.fixedParams().forEach(b::param);
				return b;
			}));
		}
		return cases;
	}

	private static MockHttpServletRequestBuilder base(Route r, String path) {
		MockHttpServletRequestBuilder b = request(r.method(), path);
		r.fixedParams().forEach(b::param);
		return b;
	}

	/** A value the parameter accepts; numbers are {@code id}, so an unsafe route finds nothing to change. */
	private static String plausible(Class<?> type, String id) {
		if (type.isEnum()) {
			return ((Enum<?>) type.getEnumConstants()[0]).name();
		}
		if (type == java.time.LocalDate.class) {
			return "2026-01-15";
		}
		if (type == java.time.YearMonth.class) {
			return "2026-01";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true";
		}
		return type == String.class ? "x" : id;
	}

	private static String printable(String v) {
		return v.replace("\u0000", "\\0");
	}

	/** A JSON object whose every text field holds a NUL byte. */
	private static String nulJson(Class<?> body) {
		Map<String, Class<?>> fields = fields(body);
		StringBuilder json = new StringBuilder("{");
		fields.forEach((name, type) -> {
			if (type == String.class) {
				json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":\"a\\u0000b\"");
			}
		});
		return json.append('}').toString();
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
			HandlerMethod handler = e.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("dz.sanad")) {
				continue;
			}
			RequestMappingInfo info = e.getKey();
			Map<String, String> fixed = new LinkedHashMap<>();
			info.getParamsCondition().getExpressions().stream().filter(x -> !x.isNegated())
				.forEach(x -> fixed.put(x.getName(), x.getValue() == null ? "1" : x.getValue()));
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(route(pattern, HttpMethod.valueOf(m.name()), handler, fixed));
				}
			}
		}
		routes.sort(java.util.Comparator.comparing(Route::toString));
		return routes;
	}

	private static Route route(String pattern, HttpMethod method, HandlerMethod handler, Map<String, String> fixed) {
		Map<String, Class<?>> params = new LinkedHashMap<>();
		List<String> files = new ArrayList<>();
		Class<?> body = null;
		boolean anyParam = false;
		for (MethodParameter p : handler.getMethodParameters()) {
			p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = p.getParameterType();
			RequestParam rp = p.getParameterAnnotation(RequestParam.class);
			RequestPart part = p.getParameterAnnotation(RequestPart.class);
			String name = rp != null && !rp.name().isEmpty() ? rp.name()
					: part != null && !part.name().isEmpty() ? part.name() : p.getParameterName();
			if (MultipartFile.class.isAssignableFrom(type) || part != null) {
				files.add(name);
			}
			else if (p.hasParameterAnnotation(RequestBody.class)) {
				body = type;
			}
			else if (Map.class.isAssignableFrom(type) && rp != null) {
				anyParam = true;
			}
			else if (p.hasParameterAnnotation(PathVariable.class) || Map.class.isAssignableFrom(type)
					|| FRAMEWORK.stream().anyMatch(f -> f.isAssignableFrom(type))) {
				continue;
			}
			else if (Pageable.class.isAssignableFrom(type)) {
				params.put("page", Integer.class);
				params.put("size", Integer.class);
			}
			else if (rp != null || BeanUtils.isSimpleProperty(type)) {
				params.put(name, type);
			}
			else if (p.hasParameterAnnotation(ModelAttribute.class) || !type.getPackageName().startsWith("java")) {
				params.putAll(fields(type));
			}
		}
		fixed.keySet().forEach(params::remove);
		return new Route(pattern, method, params, body, files, fixed, anyParam);
	}

	/** The properties a form or body object binds: record components, else its non-static fields. */
	private static Map<String, Class<?>> fields(Class<?> type) {
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		if (type.isRecord()) {
			for (RecordComponent c : type.getRecordComponents()) {
				fields.put(c.getName(), c.getType());
			}
			return fields;
		}
		for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
			for (Field f : t.getDeclaredFields()) {
				if (!Modifier.isStatic(f.getModifiers())) {
					fields.putIfAbsent(f.getName(), f.getType());
				}
			}
		}
		return fields;
	}
}
