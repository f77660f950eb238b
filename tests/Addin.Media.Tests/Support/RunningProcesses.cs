using System.Globalization;

namespace Addin.Media.Tests.Support;

/// <summary>Finds live processes by an argument, reading /proc like ps does.</summary>
internal static class RunningProcesses
{
    public static IReadOnlyList<int> WithArgument(string argument)
    {
        var found = new List<int>();
        foreach (string folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            {
                continue;
            }

            try
            {
                string[] argv = File.ReadAllText(Path.Combine(folder, "cmdline")).Split('\0');
                if (argv.Contains(argument) && !IsZombie(folder))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return found;
    }

    private static bool IsZombie(string folder) =>
        File.ReadAllText(Path.Combine(folder, "stat")).Split(") ")[^1].StartsWith('Z');
}
