using System;
using System.IO;

namespace ZoneLint.Conformance.Tests;

/// <summary>A temporary folder for this test run (rendered templates, include trees, mutated zones); removed at exit.</summary>
public static class TempWorkspace
{
    private static readonly Lazy<string> Root = new(Create);

    public static string Directory => Root.Value;

    /// <summary>A sub-folder of the workspace, created if needed.</summary>
    public static string Folder(params string[] parts)
    {
        var all = new string[parts.Length + 1];
        all[0] = Directory;
        Array.Copy(parts, 0, all, 1, parts.Length);
        string path = Path.Combine(all);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    private static string Create()
    {
        string path = Path.Combine(Path.GetTempPath(), $"zonelint-conformance-{Environment.ProcessId}-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { System.IO.Directory.Delete(path, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        };
        return path;
    }
}
