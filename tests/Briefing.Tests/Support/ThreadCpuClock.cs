using System.Runtime.InteropServices;

namespace Briefing.Tests.Support;

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>). Unlike wall time it does not
/// grow while other tests or processes hold the two cores, so a timing test on a busy machine compares work done,
/// not time spent waiting for a core. Null elsewhere: callers fall back to wall time.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);

    /// <summary>The calling thread's CPU time so far, or null where it cannot be read.</summary>
    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            if (ClockGetTime(ThreadCpuTimeClock, out var t) != 0) return null;
            return TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null; // a C library under another name (musl): wall time it is
        }
    }
}
