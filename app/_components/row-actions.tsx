import { lastCellClass } from "@/app/_components/data-table";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";

type Props = {
  /** The page with the row's edit form open (server-rendered, so it works without JavaScript). */
  editHref: string;
  /** Short visible texts ("Ändern", "Löschen") and full accessible names naming the row. */
  editText: string;
  editLabel: string;
  deleteText: string;
  deleteLabel: string;
  id: string;
  deleteAction: (formData: FormData) => Promise<void>;
};

/** The last cell of an editable register row: an edit link and a delete button posting the row's id. */
export function RowActions({ editHref, editText, editLabel, deleteText, deleteLabel, id, deleteAction }: Props) {
  return (
    <td className={`${lastCellClass} flex gap-3`}>
      <Link href={editHref} className={linkClass} aria-label={editLabel}>
        {editText}
      </Link>
      <form action={deleteAction}>
        <input type="hidden" name="id" value={id} />
        <button type="submit" className="underline" aria-label={deleteLabel}>
          {deleteText}
        </button>
      </form>
    </td>
  );
}
