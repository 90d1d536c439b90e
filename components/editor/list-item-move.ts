// Moving the list item at the cursor up or down among its siblings (Alt+Shift+↑/↓), so that
// bullets can be reordered by keyboard as well as by cut and paste.
import { Extension, type CommandProps } from "@tiptap/core";
import { Fragment } from "@tiptap/pm/model";
import { TextSelection } from "@tiptap/pm/state";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    listItemMove: { moveListItem: (direction: "up" | "down") => ReturnType };
  }
}

function moveListItem(direction: "up" | "down") {
  return ({ state, dispatch }: CommandProps): boolean => {
    const { $from } = state.selection;
    for (let depth = $from.depth; depth > 0; depth--) {
      if ($from.node(depth).type.name !== "listItem") continue;
      const list = $from.node(depth - 1);
      const index = $from.index(depth - 1);
      const item = $from.node(depth);
      const itemStart = $from.before(depth);
      const siblingIndex = direction === "up" ? index - 1 : index + 1;
      if (siblingIndex < 0 || siblingIndex >= list.childCount) return false;
      const sibling = list.child(siblingIndex);
      if (dispatch) {
        const tr = state.tr;
        if (direction === "up") {
          const from = itemStart - sibling.nodeSize;
          tr.replaceWith(from, itemStart + item.nodeSize, Fragment.fromArray([item, sibling]));
          tr.setSelection(TextSelection.create(tr.doc, $from.pos - sibling.nodeSize));
        } else {
          tr.replaceWith(itemStart, itemStart + item.nodeSize + sibling.nodeSize, Fragment.fromArray([sibling, item]));
          tr.setSelection(TextSelection.create(tr.doc, $from.pos + sibling.nodeSize));
        }
        dispatch(tr.scrollIntoView());
      }
      return true;
    }
    return false;
  };
}

export const ListItemMove = Extension.create({
  name: "listItemMove",
  addCommands() {
    return { moveListItem };
  },
  addKeyboardShortcuts() {
    return {
      "Alt-Shift-ArrowUp": () => this.editor.commands.moveListItem("up"),
      "Alt-Shift-ArrowDown": () => this.editor.commands.moveListItem("down"),
    };
  },
});
