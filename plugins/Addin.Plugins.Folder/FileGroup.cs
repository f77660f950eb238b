namespace Addin.Plugins.Folder;

/// <summary>Moves a media file and its companions into a folder together, under one free name, never overwriting.</summary>
internal static class FileGroup
{
    private const int MaxAttempts = 10_000;

    /// <summary>
    /// Moves each file to <c>&lt;folder&gt;/&lt;stem&gt;&lt;extension&gt;</c>, or <c>&lt;stem&gt; (n)&lt;extension&gt;</c> for the first
    /// n at which no target exists. The last file is moved last, so whoever sees it also sees the others.
    /// </summary>
    /// <param name="files">Each source path with the extension it gets; the media file last.</param>
    /// <param name="folder">The target folder, which exists.</param>
    /// <param name="stem">The name without extension.</param>
    /// <returns>The stem used.</returns>
    public static string Move(IReadOnlyList<(string Source, string Extension)> files, string folder, string stem)
    {
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            string candidate = attempt == 0 ? stem : $"{stem} ({attempt})";
            var targets = files.Select(f => Path.Combine(folder, candidate + f.Extension)).ToList();
            if (!targets.Any(File.Exists) && TryMoveAll(files, targets))
            {
                return candidate;
            }
        }

        throw new IOException($"No free name for '{stem}' in {folder} after {MaxAttempts} attempts.");
    }

    private static bool TryMoveAll(IReadOnlyList<(string Source, string Extension)> files, List<string> targets)
    {
        for (int i = 0; i < files.Count; i++)
        {
            try
            {
                File.Move(files[i].Source, targets[i], overwrite: false);
            }
            catch (IOException) when (File.Exists(targets[i]))
            {
                // Another writer took the name between the check and the move: put back what moved and try the next name.
                for (int j = i - 1; j >= 0; j--)
                {
                    File.Move(targets[j], files[j].Source, overwrite: false);
                }

                return false;
            }
        }

        return true;
    }
}
