using Addin.Sdk.Storage;

namespace Addin.Core.Pipeline;

/// <summary>Gives ffmpeg a file on this machine: the store's own file when it keeps one, otherwise a copy in scratch.</summary>
internal static class MediaWorkspace
{
    public static Task<string> GetLocalPathAsync(IMediaStore store, string key, string scratchDirectory, CancellationToken cancellationToken) =>
        GetLocalPathAsync(store, key, scratchDirectory, "media" + Path.GetExtension(key), cancellationToken);

    /// <param name="store">The store holding the file.</param>
    /// <param name="key">The file's key.</param>
    /// <param name="scratchDirectory">Where a copy is made when the store keeps no local file.</param>
    /// <param name="copyName">The copy's file name in the scratch folder, distinct for each stored file a stage reads.</param>
    /// <param name="cancellationToken">Stops the copy.</param>
    public static async Task<string> GetLocalPathAsync(IMediaStore store, string key, string scratchDirectory, string copyName, CancellationToken cancellationToken)
    {
        if (store.TryGetLocalPath(key) is { } local && File.Exists(local))
        {
            return local;
        }

        Directory.CreateDirectory(scratchDirectory);
        string copy = Path.Combine(scratchDirectory, copyName);
        if (File.Exists(copy))
        {
            return copy;
        }

        await using var source = await store.OpenReadAsync(key, cancellationToken)
                                 ?? throw new PipelineStageException($"The stored media '{key}' is missing from the media store.", isPermanent: false);
        string partial = copy + ".part";
        await using (var target = File.Create(partial))
        {
            await source.CopyToAsync(target, cancellationToken);
        }

        File.Move(partial, copy, overwrite: true);
        return copy;
    }
}
