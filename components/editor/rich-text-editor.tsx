"use client";

// A rich-text field that starts light: it shows the text as the editor will (same box, same
// toolbar, same lines) and loads the editor itself (Tiptap, tiptap-editor.tsx) only when the
// person goes to the field: focus, a click or a tap. A page with twenty text fields then starts
// as fast as one without. Keys pressed while the editor starts are kept and replayed into it,
// and a click lands the cursor where it was clicked.
import { useCallback, useEffect, useId, useRef, useState, type ComponentType } from "react";
import { areaClass, fieldClass, KEYBOARD_HINT, TOOL_BUTTON_CLASS, TOOLBAR_BUTTONS, TOOLBAR_CLASS } from "./rich-text-look";
import { RichTextView } from "@/components/nota/rich-text-view";
import type { Activation, BufferedKey, Props } from "./tiptap-editor";

type TiptapModule = { default: ComponentType<Props & { activation: Activation; onReady: () => void }> };

let loaded: TiptapModule | null = null;
let loading: Promise<TiptapModule> | null = null;

function loadEditor(): Promise<TiptapModule> {
  loading ??= import("./tiptap-editor").then((module) => (loaded = module));
  return loading;
}

/** Keys worth keeping while the editor starts: text, Enter, Backspace and Delete, Home/End, Ctrl+B/I/Z. */
function keep(event: KeyboardEvent): BufferedKey | null {
  const mod = event.ctrlKey || event.metaKey;
  if (event.altKey) return null;
  if (mod) return ["b", "i", "z", "y"].includes(event.key.toLowerCase()) ? { key: event.key, shift: event.shiftKey, mod: true } : null;
  if (event.key.length === 1 || ["Enter", "Backspace", "Delete", "Home", "End"].includes(event.key))
    return { key: event.key, shift: event.shiftKey, mod: false };
  return null;
}

export function RichTextEditor(props: Props) {
  const { labelledBy, value, id, describedBy, invalid, minHeight = "small" } = props;
  const hintId = useId();
  const [started, setStarted] = useState<{ module: TiptapModule; activation: Activation } | null>(null);
  // Busy from the moment the person goes to the field until the editor has caught up.
  const [starting, setStarting] = useState(false);
  const activation = useRef<Activation>({ focus: false, keys: [] });
  const preview = useRef<HTMLDivElement>(null);
  const capturing = useRef<{ keys: (event: KeyboardEvent) => void; paste: (event: ClipboardEvent) => void } | null>(null);

  const stopCapturing = useCallback(() => {
    if (capturing.current) {
      window.removeEventListener("keydown", capturing.current.keys, true);
      window.removeEventListener("paste", capturing.current.paste, true);
    }
    capturing.current = null;
  }, []);
  useEffect(() => stopCapturing, [stopCapturing]);

  const start = useCallback((intent: { focus: boolean; at?: { x: number; y: number } }) => {
    // One activation for the field, filled in as things happen: every route to the editor (a
    // click, then focus, then a paste) must end up in the same one.
    const current = activation.current;
    current.focus ||= intent.focus;
    current.at ??= intent.at;
    setStarting(true);
    if (intent.focus && !capturing.current) {
      // Until the editor has focus, keys and pastes go to this field: to the preview, and in the
      // moment between the preview leaving and the editor arriving, to the page.
      const here = () => document.activeElement === preview.current || document.activeElement === document.body;
      capturing.current = {
        keys: (event: KeyboardEvent) => {
          const key = here() ? keep(event) : null;
          if (!key) return;
          event.preventDefault();
          current.keys.push(key);
        },
        paste: (event: ClipboardEvent) => {
          if (!here() || !event.clipboardData) return;
          event.preventDefault();
          event.stopPropagation();
          current.paste = { html: event.clipboardData.getData("text/html"), text: event.clipboardData.getData("text/plain") };
        },
      };
      window.addEventListener("keydown", capturing.current.keys, true);
      window.addEventListener("paste", capturing.current.paste, true);
    }
    if (loaded) setStarted({ module: loaded, activation: current });
    else void loadEditor().then((module) => setStarted({ module, activation: current }));
  }, []);

  if (started) {
    const Editor = started.module.default;
    return <Editor {...props} activation={started.activation} onReady={stopCapturing} />;
  }
  return (
    <div data-rich-text aria-busy={starting ? "true" : undefined} className={fieldClass(invalid)}>
      {/* The editor's toolbar, as it will be; it works once the editor is there. */}
      <div role="toolbar" aria-labelledby={labelledBy} className={TOOLBAR_CLASS}>
        {TOOLBAR_BUTTONS.map(([label, face]) => (
          <button key={label} type="button" aria-label={label} title={label} disabled className={TOOL_BUTTON_CLASS}>
            <span aria-hidden="true">{label.startsWith("Vet") ? <strong>{face}</strong> : label.startsWith("Cursief") ? <em>{face}</em> : face}</span>
          </button>
        ))}
      </div>
      <div
        ref={preview}
        id={id}
        role="textbox"
        tabIndex={0}
        aria-multiline="true"
        aria-labelledby={labelledBy}
        aria-describedby={[hintId, describedBy].filter(Boolean).join(" ")}
        aria-invalid={invalid ? "true" : undefined}
        className={`${areaClass(minHeight)} cursor-text`}
        onFocus={() => start({ focus: true })}
        onPointerDown={(event) => start({ focus: true, at: { x: event.clientX, y: event.clientY } })}
        onPaste={(event) => {
          // A paste before the editor is there: the editor takes the same paste once it is.
          const html = event.clipboardData.getData("text/html");
          const text = event.clipboardData.getData("text/plain");
          event.preventDefault();
          activation.current.paste = { html, text };
          start({ focus: true });
        }}
      >
        <RichTextView doc={value} plain />
      </div>
      <p id={hintId} className="sr-only">
        {KEYBOARD_HINT}
      </p>
    </div>
  );
}
