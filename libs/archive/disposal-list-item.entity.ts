import { Entity, PrimaryColumn } from 'typeorm';

/** An archive-book entry on a disposal or handover list. */
@Entity({ name: 'disposal_list_item' })
export class DisposalListItem {
  @PrimaryColumn('uuid') listId: string;
  @PrimaryColumn('uuid') archiveEntryId: string;
}
