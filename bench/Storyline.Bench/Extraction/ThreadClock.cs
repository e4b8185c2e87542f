using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Storyline.Bench.Extraction;

/// <summary>CPU time of the calling thread, for stage profiles that a busy shared machine would blur in wall-clock time.</summary>
/// <remarks>Linux only (clock_gettime with CLOCK_THREAD_CPUTIME_ID); elsewhere it falls back to the wall clock.</remarks>
internal static class ThreadClock
{
    private const int ThreadCpuTimeClock = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Nanoseconds of CPU this thread has used (or wall-clock nanoseconds off Linux).</summary>
    public static long Nanoseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeClock, out var time) == 0)
        {
            return time.Seconds * 1_000_000_000 + time.Nanoseconds;
        }
        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }
}
