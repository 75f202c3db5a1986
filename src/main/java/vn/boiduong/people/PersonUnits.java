package vn.boiduong.people;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccountLinks;

/** Tells user administration where a person's file lies, so an account is linked only to a file its creator may manage. */
@Component
class PersonUnits implements AccountLinks.People {

    private final PersonRepository people;

    PersonUnits(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> unitPathOfPerson(long personId) {
        return people.findById(personId).map(Person::orgUnitPath);
    }
}
