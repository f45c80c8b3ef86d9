using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Cli.Output;

/// <summary>`--format json`: one document on stdout, as CONTRACT.md fixes it.</summary>
internal static class JsonReporter
{
    public static void Report(IReadOnlyList<ZoneDiagnostic> diagnostics, TextWriter stdout) => Write(stdout, json =>
    {
        json.WriteStartObject();
        json.WriteString("tool", "zonelint");
        json.WriteString("version", ToolInfo.Version);
        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("severity", d.Severity.ToName());
            json.WriteString("file", DisplayPath.Of(d.Span.File));
            json.WriteNumber("line", d.Span.StartLine);
            json.WriteNumber("column", d.Span.StartColumn);
            json.WriteNumber("endLine", d.Span.EndLine);
            json.WriteNumber("endColumn", d.Span.EndColumn);
            json.WriteString("message", d.Message);
            json.WriteString("helpUri", d.Descriptor.HelpUri);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static void Write(TextWriter stdout, Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }
        stdout.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
