package org.qaworkbench.core.supervisionaudit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The random draw of a supervision audit's files, reproducible: the same seed and the same list drawn from give the
 * same files in the same order, on any machine and any Java (java.util.Random's generator is specified by the
 * platform, unlike SecureRandom or ThreadLocalRandom). A partial Fisher-Yates shuffle: every file of the list is
 * equally likely, none twice.
 */
public final class SampleDraws {

	/** Appendix D: "a minimum of 4 and a maximum of 8 supervision files"; the QA framework selects 4. */
	public static final int FEWEST = 4;
	public static final int MOST = 8;

	private SampleDraws() {
	}

	/** {@code size} ids drawn from {@code drawnFrom} (all of them when it holds fewer), in the order drawn. */
	public static List<Long> draw(long seed, List<Long> drawnFrom, int size) {
		List<Long> pool = new ArrayList<>(drawnFrom);
		Random random = new Random(seed);
		int count = Math.min(size, pool.size());
		for (int i = 0; i < count; i++) {
			int pick = i + random.nextInt(pool.size() - i);
			Long chosen = pool.get(pick);
			pool.set(pick, pool.get(i));
			pool.set(i, chosen);
		}
		return List.copyOf(pool.subList(0, count));
	}

	/** Ids as the sample keeps them: "12,15,19". */
	public static String encode(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",")); //$NON-NLS-1$
	}

	public static List<Long> decode(String ids) {
		if (ids == null || ids.isBlank()) {
			return List.of();
		}
		return Arrays.stream(ids.split(",")).map(String::strip).map(Long::valueOf).toList(); //$NON-NLS-1$
	}
}
