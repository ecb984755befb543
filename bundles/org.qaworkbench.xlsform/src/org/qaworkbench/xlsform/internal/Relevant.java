package org.qaworkbench.xlsform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The part of XLSForm's {@code relevant} expressions a condition of the model can say: one question's answers,
 * written {@code ${q} = 'N'}, {@code selected(${q}, 'x')} and {@code or} between them (brackets allowed). Anything
 * else is refused with what it is, so the message can say what to write instead.
 */
final class Relevant {

	/** The question named and the answers that make the question relevant. */
	record Condition(String item, List<String> answers) {
	}

	/** Why an expression cannot be read; {@code item} and {@code value} are set for {@link Refusal#NOT_EQUAL}. */
	static final class RefusedException extends Exception {
		private static final long serialVersionUID = 1L;
		final Refusal refusal;
		final String item;
		final String other;
		final String value;

		RefusedException(Refusal refusal, String item, String other, String value) {
			super(refusal.name());
			this.refusal = refusal;
			this.item = item;
			this.other = other;
			this.value = value;
		}
	}

	enum Refusal {
		/** {@code and}: conditions on two answers at once. */
		AND,
		/** {@code !=}: the answers that do not show the question. */
		NOT_EQUAL,
		/** Two questions in one condition. */
		TWO_QUESTIONS,
		/** Anything else: another operator, a function, a calculation. */
		UNREADABLE
	}

	private final List<String> tokens;
	private int position;
	private String item;

	private Relevant(List<String> tokens) {
		this.tokens = tokens;
	}

	static Condition parse(String text) throws RefusedException {
		Relevant parser = new Relevant(tokens(text));
		List<String> answers = new ArrayList<>();
		parser.expression(answers);
		if (parser.position < parser.tokens.size()) {
			throw parser.refusal(parser.tokens.get(parser.position));
		}
		return new Condition(parser.item, answers);
	}

	private void expression(List<String> answers) throws RefusedException {
		term(answers);
		while (position < tokens.size() && "or".equalsIgnoreCase(tokens.get(position))) { //$NON-NLS-1$
			position++;
			term(answers);
		}
	}

	private void term(List<String> answers) throws RefusedException {
		String token = next();
		if ("(".equals(token)) { //$NON-NLS-1$
			expression(answers);
			expect(")"); //$NON-NLS-1$
		} else if ("selected".equalsIgnoreCase(token)) { //$NON-NLS-1$
			expect("("); //$NON-NLS-1$
			reference(next());
			expect(","); //$NON-NLS-1$
			answers.add(literal(next()));
			expect(")"); //$NON-NLS-1$
		} else if (token.startsWith("${")) { //$NON-NLS-1$
			reference(token);
			String operator = next();
			if ("!=".equals(operator)) { //$NON-NLS-1$
				throw new RefusedException(Refusal.NOT_EQUAL, item, null, literal(next()));
			}
			if (!"=".equals(operator)) { //$NON-NLS-1$
				throw refusal(operator);
			}
			answers.add(literal(next()));
		} else if (isLiteral(token) && position + 1 < tokens.size() && "=".equals(tokens.get(position))) { //$NON-NLS-1$
			String value = literal(token);
			position++;
			reference(next());
			answers.add(value);
		} else {
			throw refusal(token);
		}
	}

	private void reference(String token) throws RefusedException {
		if (!token.startsWith("${") || !token.endsWith("}")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw refusal(token);
		}
		String name = token.substring(2, token.length() - 1).strip();
		if (item != null && !item.equals(name)) {
			throw new RefusedException(Refusal.TWO_QUESTIONS, item, name, null);
		}
		item = name;
	}

	private static boolean isLiteral(String token) {
		return token.startsWith("'") || token.startsWith("\"") || token.matches("-?\\d+(\\.\\d+)?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private String literal(String token) throws RefusedException {
		if (token.length() >= 2 && (token.startsWith("'") && token.endsWith("'") || token.startsWith("\"") && token.endsWith("\""))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return token.substring(1, token.length() - 1);
		}
		if (token.matches("-?\\d+(\\.\\d+)?")) { //$NON-NLS-1$
			return token;
		}
		throw refusal(token);
	}

	private void expect(String expected) throws RefusedException {
		String token = next();
		if (!expected.equals(token)) {
			throw refusal(token);
		}
	}

	private String next() throws RefusedException {
		if (position >= tokens.size()) {
			throw new RefusedException(Refusal.UNREADABLE, item, null, null);
		}
		return tokens.get(position++);
	}

	private RefusedException refusal(String token) {
		return new RefusedException("and".equals(token.toLowerCase(Locale.ROOT)) ? Refusal.AND : Refusal.UNREADABLE, item, null, token); //$NON-NLS-1$
	}

	/** ${name}, quoted strings, numbers, words and operators (=, !=, <=, >=, <, >, brackets, comma and the rest one by one). */
	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int start = i;
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
				int end = text.indexOf('}', i);
				i = end < 0 ? text.length() : end + 1;
			} else if (c == '\'' || c == '"') {
				int end = text.indexOf(c, i + 1);
				i = end < 0 ? text.length() : end + 1;
			} else if (Character.isLetterOrDigit(c) || c == '_' || c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
				i++;
				while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '.' || text.charAt(i) == '-')) {
					i++;
				}
			} else if ((c == '!' || c == '<' || c == '>') && i + 1 < text.length() && text.charAt(i + 1) == '=') {
				i += 2;
			} else {
				i++;
			}
			tokens.add(text.substring(start, i));
		}
		return tokens;
	}

	/** A condition as an expression: {@code ${q} = 'N' or ${q} = 'NA'}; selected(...) for a multiple choice. */
	static String write(String item, List<String> answers, boolean multiple) {
		List<String> terms = new ArrayList<>();
		for (String answer : answers) {
			char quote = answer.indexOf('\'') >= 0 ? '"' : '\'';
			String quoted = quote + answer + quote;
			terms.add(multiple ? "selected(${" + item + "}, " + quoted + ')' : "${" + item + "} = " + quoted); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		return String.join(" or ", terms); //$NON-NLS-1$
	}
}
