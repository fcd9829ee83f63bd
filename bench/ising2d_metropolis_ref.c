/* Plain reference for rgnb's benchmark: checkerboard Metropolis for the 2D Ising model (J = 1, h = 0).
 *
 * One byte per spin (int8, +1/-1), L x L periodic square lattice, xorshift64* random numbers, acceptance
 * probabilities exp(-dE/T) precomputed in a table indexed by the neighbour sum. One sweep = every site
 * of colour 0, then every site of colour 1 (one attempted flip per site).
 *
 *   gcc -O3 -march=native -o ising2d_metropolis_ref ising2d_metropolis_ref.c -lm
 *   ./ising2d_metropolis_ref L T sweeps [seed]
 *
 * Prints one JSON line: {"L":..., "T":..., "sweeps":..., "ns_per_flip":..., "energy_per_site":..., ...}
 * (the timing covers the measured sweeps only, after sweeps/10 warm-up sweeps).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <time.h>

static uint64_t rng_state;

static inline uint64_t xorshift64star(void) {
    uint64_t x = rng_state;
    x ^= x >> 12; x ^= x << 25; x ^= x >> 27;
    rng_state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

/* uniform integer in [0, 2^32): compared against acceptance thresholds scaled by 2^32 */
static inline uint32_t rand32(void) { return (uint32_t)(xorshift64star() >> 32); }

static void sweep(int8_t *s, int L, const uint64_t *thr) {
    for (int colour = 0; colour < 2; colour++) {
        for (int y = 0; y < L; y++) {
            const int8_t *up = s + (size_t)((y + L - 1) % L) * L;
            const int8_t *dn = s + (size_t)((y + 1) % L) * L;
            int8_t *row = s + (size_t)y * L;
            for (int x = (y + colour) & 1; x < L; x += 2) {
                int xl = x == 0 ? L - 1 : x - 1, xr = x == L - 1 ? 0 : x + 1;
                int sum = row[xl] + row[xr] + up[x] + dn[x];      /* -4..4 */
                int k = (row[x] * sum + 4) >> 1;                  /* dE = 2 s sum = 4k - 8, k = 0..4 */
                if (rand32() < thr[k]) row[x] = (int8_t)-row[x];
            }
        }
    }
}

static double energy_per_site(const int8_t *s, int L) {
    long e = 0;
    for (int y = 0; y < L; y++)
        for (int x = 0; x < L; x++) {
            int8_t v = s[(size_t)y * L + x];
            e -= v * (s[(size_t)y * L + (x + 1) % L] + s[(size_t)((y + 1) % L) * L + x]);
        }
    return (double)e / ((double)L * L);
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: %s L T sweeps [seed]\n", argv[0]); return 2; }
    int L = atoi(argv[1]); double T = atof(argv[2]); long sweeps = atol(argv[3]);
    uint64_t seed = argc > 4 ? strtoull(argv[4], NULL, 10) : 12345;
    if (L < 2 || L % 2 || !(T > 0) || sweeps < 1) { fprintf(stderr, "need even L >= 2, T > 0, sweeps >= 1\n"); return 2; }
    rng_state = seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL; if (!rng_state) rng_state = 1;
    uint64_t thr[5];  /* accept if rand32 < thr[k]; thr = 2^32 means always */
    for (int k = 0; k < 5; k++) {
        double dE = 4.0 * k - 8.0, p = dE <= 0 ? 1.0 : exp(-dE / T);
        thr[k] = p >= 1.0 ? (1ULL << 32) : (uint64_t)(p * 4294967296.0);
    }
    int8_t *s = malloc((size_t)L * L);
    for (size_t i = 0; i < (size_t)L * L; i++) s[i] = (xorshift64star() >> 63) ? 1 : -1;
    for (long t = 0; t < sweeps / 10; t++) sweep(s, L, thr);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long t = 0; t < sweeps; t++) sweep(s, L, thr);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ns = (t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec);
    printf("{\"L\": %d, \"T\": %.9g, \"sweeps\": %ld, \"seed\": %llu, \"ns_per_flip\": %.4f, \"energy_per_site\": %.6f, "
           "\"rng\": \"xorshift64*\", \"spins\": \"int8\"}\n",
           L, T, sweeps, (unsigned long long)seed, ns / ((double)sweeps * L * L), energy_per_site(s, L));
    free(s);
    return 0;
}
