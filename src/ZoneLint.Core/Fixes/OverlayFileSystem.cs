using System.Collections.Concurrent;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Core.Fixes;

/// <summary>A file system that reads the fixed text of files changed in memory, and every other file as it is.</summary>
internal sealed class OverlayFileSystem : IZoneFileSystem
{
    private readonly IZoneFileSystem _inner;
    private readonly ConcurrentDictionary<string, string> _changed = new(System.StringComparer.Ordinal);

    public OverlayFileSystem(IZoneFileSystem inner)
    {
        _inner = inner;
    }

    public void Set(string path, string text) => _changed[_inner.GetFullPath(path)] = text;

    public string? TryReadText(string path, out string text)
    {
        if (_changed.TryGetValue(_inner.GetFullPath(path), out var changed))
        {
            text = changed;
            return null;
        }
        return _inner.TryReadText(path, out text);
    }

    public string GetFullPath(string path) => _inner.GetFullPath(path);
}
