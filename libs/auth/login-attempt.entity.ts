import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Each sign-in attempt; failures within a window throttle further attempts for that username. */
@Entity({ name: 'login_attempt' })
export class LoginAttempt {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column() username: string;
  @Column() ip: string;
  @Column() succeeded: boolean;
  @Column({ type: 'timestamptz' }) at: Date;
}
